/**
 * A report as the explorer knows it: what the API's `reports` root field returns (see
 * contract: Report { id title year jurisdiction { name level code } … }), cut to what the
 * picker, the colours and the passages' source lines need.
 */
export interface ReportSummary {
  /** `report:<slug>`, e.g. report:lechang-2021, report:cn-2021. */
  id: string;
  /** The report's own title, e.g. 2021年乐昌市人民政府工作报告. */
  title: string;
  /** The year it was delivered. */
  year: number;
  jurisdiction: { name: string; level: string; code?: string | null };
}

/** What a passage needs to say where it is from: the report's id, title and year. */
export interface ReportRef {
  id: string;
  title: string;
  year: number;
}
