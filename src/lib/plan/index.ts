/** The plan generator: pure TypeScript, safe to import from the page and from the island. */
export { generatePlan } from './generate';
export { messages, type Message, type MessageKey, type MessageValue, type Messages, type PlanKey } from './messages';
export { messageRenderer, type PlanStrings, type RenderMessage } from './render';
export {
  defaultProfile,
  likedActivities,
  normaliseProfile,
  parseProfile,
  profileEquipment,
  profileFlags,
  profileParams,
  profileToSearch,
  startingLevels,
  weekdays,
  type Profile,
  type ProfileEquipment,
  type ProfileFlag,
  type StartingLevel,
  type Weekday,
} from './profile';
export { efforts, type Effort } from './progression';
export {
  toPlanExercise,
  type Plan,
  type PlanDay,
  type PlanExercise,
  type PlanFallback,
  type PlanItem,
  type PlanSession,
  type PlanWarning,
  type SessionKind,
  type WarningKind,
} from './types';
