/**
 * What the targets view needs from the API: the indicators to choose from (asked for the first
 * time the Targets tab or a chart is open), and the chosen indicator's series of goals and results.
 */
import { useEffect, useState } from 'react';
import type { IndicatorChoice, SeriesTarget } from '../../core/targets/types.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import { request } from '../../graphql/client.ts';
import { IndicatorsDocument, TargetSeriesDocument } from '../../graphql/generated/graphql.ts';
import { useAsync } from '../common/use-async.ts';

export function useIndicators(view: Pick<ViewState, 'tab' | 'indicator'>) {
  const [wanted, setWanted] = useState(view.tab === 'targets' || view.indicator !== null);
  useEffect(() => {
    if (view.tab === 'targets' || view.indicator) setWanted(true);
  }, [view.tab, view.indicator]);
  return useAsync(
    wanted ? (signal) => request(IndicatorsDocument, {}, signal).then((data): IndicatorChoice[] => (data.entities?.edges ?? []).map((edge) => edge.node)) : null,
    [wanted],
  );
}

export function useTargetSeries(indicator: string | null) {
  return useAsync(indicator ? (signal) => request(TargetSeriesDocument, { indicator }, signal).then((data): SeriesTarget[] => data.targetSeries ?? []) : null, [indicator]);
}
