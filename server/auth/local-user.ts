import type { Authorize, Grant, User } from "./authorization";

/** Until accounts exist, everyone who reaches the server is this one designer. */
export const LOCAL_USER: User = { id: "local", name: "Local designer", color: "#2563eb" };

export const localAuthorize: Authorize = (): Grant => ({ user: LOCAL_USER, role: "designer" });
