export { renderCard } from './render-card';
export { CardView } from './CardView';
export type { CardViewProps, SourceLinks } from './card-props';
export { extensionSourceLinks } from './source-links';
