/** The live document: scenario <-> Y.Doc, its layout, and rich text in y-prosemirror's encoding. */

export {
  type FirstView,
  FirstViewSchema,
  openingOrder,
  READ_WHOLE_LIMIT,
  readFirstView,
  readViewBasics,
} from "./first-view";
export * from "./layout";
export { FIRST_VIEW, loadOrder } from "./load-order";
export * from "./local-undo-manager";
export { observePositions, readPositions } from "./positions";
export { normalizeRichText } from "./rich-text/normalize-rich-text";
export { richTextToYXmlFragment } from "./rich-text/rich-text-to-y-xml";
export { yXmlFragmentToRichText } from "./rich-text/y-xml-to-rich-text";
export { type RichTextLocation, richTextFragmentOf } from "./rich-text-fragment";
export { isEmptyScenarioDoc, scenarioToYDoc } from "./scenario-to-ydoc";
export {
  type DocIssue,
  prepareNodeReader,
  readNode,
  readNodes,
  type YDocReadResult,
  yDocToScenario,
  yDocToScenarioWithIssues,
} from "./ydoc-to-scenario";
