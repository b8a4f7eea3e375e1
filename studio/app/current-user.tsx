import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { api } from "../api/api-client";
import type { Me } from "../api/api-schemas";

const PALETTE = ["#2f6f8f", "#8a4fbf", "#b4542e", "#2e8a57", "#b03a6b", "#6d6a1f"];

/** Until `/api/me` answers (or if it cannot), the user is a local guest so the studio still works offline. */
function guest(): Me {
  const n = Math.floor(Math.random() * PALETTE.length);
  return { id: `guest-${n}`, name: "Guest", color: PALETTE[n]! };
}

const CurrentUserContext = createContext<Me>(guest());

export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>(guest);
  useEffect(() => {
    let live = true;
    api
      .me()
      .then((user) => live && setMe(user))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return <CurrentUserContext.Provider value={me}>{children}</CurrentUserContext.Provider>;
}

export const useCurrentUser = (): Me => useContext(CurrentUserContext);
