import type { Stage } from '../pipeline.js';
import { entitiesStage } from './entities/stage.js';
import { quotesStage } from './quotes/index.js';
import { timeStage } from './time/stage.js';
import { eventsStage } from './events/index.js';

/**
 * The analysis stages after the text layer, in the order they run. Each stage module owns one
 * layer of the document: entities (mentions, entities), time (times, date), quotes, events.
 * Add a stage by importing it here and putting it in its place in the list.
 */
export const stages: Stage[] = [
  // entities
  entitiesStage,
  // time
  timeStage,
  // quotes
  quotesStage,
  // events
  eventsStage,
];
