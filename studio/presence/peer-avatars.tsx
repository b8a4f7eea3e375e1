import { useCurrentUser } from "../app/current-user";
import { Avatar } from "../ui/avatar";
import { usePeers } from "./presence-context";

/** Who is here: you first, then everyone else in the colour their cursor and selections use. */
export function PeerAvatars() {
  const peers = usePeers();
  const me = useCurrentUser();
  const names = peers.map((p) => p.user.name);
  const summary = peers.length === 0 ? "Only you are here" : `Also here: ${names.join(", ")}`;
  return (
    <ul className="peer-avatars" aria-label={summary} title={summary}>
      <li>
        <Avatar name={me.name} color={me.color} label={`${me.name} (you)`} />
      </li>
      {peers.slice(0, 6).map((p) => (
        <li key={p.clientId}>
          <Avatar name={p.user.name} color={p.user.color} />
        </li>
      ))}
      {peers.length > 6 && <li className="peer-avatars__more">+{peers.length - 6}</li>}
    </ul>
  );
}
