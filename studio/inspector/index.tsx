/**
 * The inspector panel the editor mounts on the right (see inspector-contract.ts
 * for its props).
 */
import { Inspector } from "./inspector";

export { Inspector };
export default Inspector;
