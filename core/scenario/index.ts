/** Starting points for new scenarios and the defaults they carry. */
export { DEFAULT_MOOD_VARIABLE, defaultMoodGauge } from "./default-mood-gauge";
export { DEFAULT_RUBRIC } from "./default-rubric";
export { DEFAULT_SKILLS } from "./default-skills";
export { type NewScenarioOptions, newScenario } from "./new-scenario";
