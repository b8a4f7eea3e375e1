import { AppLink } from "../app/app-link";
import { useCurrentUser } from "../app/current-user";
import { Avatar } from "../ui/avatar";

export function HomeHeader({ view }: { view: "home" | "deleted" }) {
  const me = useCurrentUser();
  return (
    <header className="topbar">
      <AppLink href="/" className="brand">
        Forkline
      </AppLink>
      <nav aria-label="Scenario views" className="topbar__nav">
        <AppLink href="/" aria-current={view === "home" ? "page" : undefined}>
          Scenarios
        </AppLink>
        <AppLink href="/deleted" aria-current={view === "deleted" ? "page" : undefined}>
          Recently deleted
        </AppLink>
      </nav>
      <div className="topbar__end">
        <Avatar name={me.name} color={me.color} />
      </div>
    </header>
  );
}
