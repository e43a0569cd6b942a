/**
 * The colours exports give each entity and relation type: the explorer's own palette
 * (graph-seed/layout/palette.ts, which the client reads too), so a file opened in Gephi looks
 * like the canvas.
 */
import { ENTITY_COLORS, RELATION_COLORS } from '../../graph-seed/layout/palette.ts';
import type { EntityType, RelationType } from '../store/types.ts';

/** The #rrggbb colour of an entity type. */
export const entityColor = (type: EntityType): string => ENTITY_COLORS[type];
/** The #rrggbb colour of a relation type. */
export const relationColor = (type: RelationType): string => RELATION_COLORS[type];
