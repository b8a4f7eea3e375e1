import type { ScenarioListing } from "./document-store";

/** Lower-cased text the `q` filter matches against, kept in its own column. */
export function scenarioSearchText(listing: ScenarioListing): string {
  return [listing.title, listing.summary, ...listing.tags].join("\n").toLocaleLowerCase("en");
}
