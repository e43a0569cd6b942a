/** A briefing: views of the graph, in the order they are shown, each with what to say about it. */
export interface BriefingSlide {
  /** The view as the URL's query string stores it (see view-state/url.ts), e.g. `?node=town:pingshi&focus=1`. */
  view: string;
  caption: string;
}

export type Briefing = readonly BriefingSlide[];
