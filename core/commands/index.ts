/**
 * Named document commands: the only way the studio changes a scenario document.
 * Each validates its arguments before writing (a CommandError leaves the document
 * untouched), then runs in one transaction tagged with the caller's origin, so a
 * Y.UndoManager tracking that origin undoes exactly the local user's edits.
 */

import { addAsset } from "./add-asset";
import { addDimension } from "./add-dimension";
import { addNode } from "./add-node";
import { addOption } from "./add-option";
import { addPersona } from "./add-persona";
import { addRule } from "./add-rule";
import { addSkill } from "./add-skill";
import { addVariable } from "./add-variable";
import { connect } from "./connect";
import { copyFragment } from "./copy-fragment";
import { deleteNodes } from "./delete-nodes";
import { disconnect } from "./disconnect";
import { duplicateNodes } from "./duplicate-nodes";
import { moveNodes } from "./move-nodes";
import { pasteFragment } from "./paste-fragment";
import { removeAsset } from "./remove-asset";
import { removeDimension } from "./remove-dimension";
import { removeOption } from "./remove-option";
import { removePersona } from "./remove-persona";
import { removeRule } from "./remove-rule";
import { removeSkill } from "./remove-skill";
import { removeVariable } from "./remove-variable";
import { renameVariable } from "./rename-variable";
import { reorderDimensions } from "./reorder-dimensions";
import { reorderOptions } from "./reorder-options";
import { reorderPersonas } from "./reorder-personas";
import { reorderRules } from "./reorder-rules";
import { reorderSkills } from "./reorder-skills";
import { reorderVariables } from "./reorder-variables";
import { setDimension } from "./set-dimension";
import { setMeta } from "./set-meta";
import { setMood } from "./set-mood";
import { setNodeData } from "./set-node-data";
import { setOption } from "./set-option";
import { setPersona } from "./set-persona";
import { setRubricPassing } from "./set-rubric-passing";
import { setRule } from "./set-rule";
import { setSettings } from "./set-settings";
import { setSkill } from "./set-skill";
import { setStartNode } from "./set-start-node";
import { setTimer } from "./set-timer";
import { setVariable } from "./set-variable";

export type { AddDimensionArgs } from "./add-dimension";
export type { AddNodeArgs } from "./add-node";
export type { AddOptionArgs } from "./add-option";
export type { AddPersonaArgs } from "./add-persona";
export type { AddRuleArgs } from "./add-rule";
export type { AddSkillArgs } from "./add-skill";
export type { AddVariableArgs } from "./add-variable";
export type { ClipboardPayload } from "./clipboard-payload";
export { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, ClipboardPayloadSchema } from "./clipboard-payload";
export { CommandError } from "./command-error";
export type { ConnectArgs } from "./connect";
export type { CopyFragmentArgs } from "./copy-fragment";
export { createId, NODE_ID_PREFIXES } from "./create-id";
export type { DeleteNodesArgs } from "./delete-nodes";
export type { DisconnectArgs } from "./disconnect";
export type { DuplicateNodesArgs } from "./duplicate-nodes";
export type { MoveNodesArgs } from "./move-nodes";
export type { NodeData } from "./node-data";
export { listEdges } from "./node-edges";
export type { PasteFragmentArgs, PasteResult } from "./paste-fragment";
export type { RemoveDimensionArgs } from "./remove-dimension";
export type { RemoveOptionArgs } from "./remove-option";
export type { RemovePersonaArgs } from "./remove-persona";
export type { RemoveRuleArgs } from "./remove-rule";
export type { RemoveSkillArgs } from "./remove-skill";
export type { RemoveVariableArgs } from "./remove-variable";
export type { RenameVariableArgs } from "./rename-variable";
export type { ReorderOptionsArgs } from "./reorder-options";
export type { ReorderRulesArgs } from "./reorder-rules";
export type { SetDimensionArgs } from "./set-dimension";
export type { MetaPatch } from "./set-meta";
export type { SetNodeDataArgs } from "./set-node-data";
export type { SetOptionArgs } from "./set-option";
export type { SetPersonaArgs } from "./set-persona";
export type { SetRuleArgs } from "./set-rule";
export type { SettingsPatch } from "./set-settings";
export type { SetSkillArgs } from "./set-skill";
export type { SetStartNodeArgs } from "./set-start-node";
export type { SetTimerArgs } from "./set-timer";
export type { SetVariableArgs } from "./set-variable";

export {
  addAsset,
  addDimension,
  addNode,
  addOption,
  addPersona,
  addRule,
  addSkill,
  addVariable,
  connect,
  copyFragment,
  deleteNodes,
  disconnect,
  duplicateNodes,
  moveNodes,
  pasteFragment,
  removeAsset,
  removeDimension,
  removeOption,
  removePersona,
  removeRule,
  removeSkill,
  removeVariable,
  renameVariable,
  reorderDimensions,
  reorderOptions,
  reorderPersonas,
  reorderRules,
  reorderSkills,
  reorderVariables,
  setDimension,
  setMeta,
  setMood,
  setNodeData,
  setOption,
  setPersona,
  setRubricPassing,
  setRule,
  setSettings,
  setSkill,
  setStartNode,
  setTimer,
  setVariable,
};

/** Every command by name, for callers that dispatch by name (menus, shortcuts, scripts). */
export const commands = {
  addAsset,
  addDimension,
  addNode,
  addOption,
  addPersona,
  addRule,
  addSkill,
  addVariable,
  connect,
  copyFragment,
  deleteNodes,
  disconnect,
  duplicateNodes,
  moveNodes,
  pasteFragment,
  removeAsset,
  removeDimension,
  removeOption,
  removePersona,
  removeRule,
  removeSkill,
  removeVariable,
  renameVariable,
  reorderDimensions,
  reorderOptions,
  reorderPersonas,
  reorderRules,
  reorderSkills,
  reorderVariables,
  setDimension,
  setMeta,
  setMood,
  setNodeData,
  setOption,
  setPersona,
  setRubricPassing,
  setRule,
  setSettings,
  setSkill,
  setStartNode,
  setTimer,
  setVariable,
} as const;

export type CommandName = keyof typeof commands;
