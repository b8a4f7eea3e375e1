/**
 * The public surface of `studio`: mounting the app, and the contract the
 * inspector panel is built against.
 */
export { mountStudio } from "./app/mount-studio";
export type {
  InspectorProps,
  InspectorSelection,
  InspectorUser,
} from "./inspector/inspector-contract";
