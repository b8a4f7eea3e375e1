import {
  commands,
  type FirstView,
  newScenario,
  readScenario,
  type Scenario,
  writeScenario,
  yDocToScenario,
} from "../../core";
import type { Room } from "../collab/room";
import type { RoomRegistry } from "../collab/room-registry";
import { ApiError, notFound } from "../http/api-error";
import type { Logger } from "../logging/logger";
import type { DocumentStore, ScenarioQuery, ScenarioRecord } from "../storage/document-store";
import type { TemplateCatalog } from "../templates/template-catalog";
import { scenarioListing } from "./scenario-listing";
import { freshScenarioId, importScenario, storeScenario } from "./store-scenario";
import { titleSlug } from "./title-slug";

export interface ScenarioServiceOptions {
  store: DocumentStore;
  registry: RoomRegistry;
  templates: TemplateCatalog;
  logger: Logger;
}

const MAX_TITLE = 200;

/**
 * What the REST API does to scenarios. Changes to an existing scenario's
 * content go through its live room, so connected clients see them at once and
 * they are stored like any client's edit.
 */
export class ScenarioService {
  readonly #o: ScenarioServiceOptions;

  constructor(options: ScenarioServiceOptions) {
    this.#o = options;
  }

  list(query: ScenarioQuery): Promise<{ scenarios: ScenarioRecord[]; total: number }> {
    return this.#o.store.listScenarios(query);
  }

  async get(id: string): Promise<ScenarioRecord> {
    const record = await this.#o.store.getScenario(id);
    if (!record) throw notFound(`scenario "${id}"`);
    return record;
  }

  async create(title: string, template?: string): Promise<ScenarioRecord> {
    const id = await this.#freshId();
    let scenario: Scenario;
    if (template !== undefined) {
      const source = this.#o.templates.get(template);
      if (!source) {
        throw new ApiError(422, "unknown_template", `no template named "${template}"`, [
          { path: "template", message: `no template named "${template}"` },
        ]);
      }
      scenario = { ...source, meta: { ...source.meta, id, title } };
    } else {
      scenario = newScenario({ id, title });
    }
    return this.#insert(scenario, template ?? null);
  }

  /**
   * Imports a scenario file. Everything is validated before anything is
   * written, and the write is one transaction: a refused file leaves no trace.
   * The file's id is kept when it is free, so export then import round-trips.
   */
  async import(text: string): Promise<{ record: ScenarioRecord; migratedFrom: number | null }> {
    const result = readScenario(text);
    if (!result.ok) {
      const first = result.errors[0];
      const where = first?.path ? `${first.path}: ` : "";
      throw new ApiError(
        422,
        "invalid_scenario",
        `not a valid scenario file: ${where}${first?.message ?? "invalid"}`,
        result.errors,
      );
    }
    const record = await importScenario(this.#o.store, result.scenario);
    return { record, migratedFrom: result.migratedFrom };
  }

  async exportJson(id: string): Promise<{ filename: string; text: string }> {
    const record = await this.#live(id);
    const scenario = await this.#withRoom(id, (room) => yDocToScenario(room.doc));
    return {
      filename: `${titleSlug(record.title) || id}.forkline.json`,
      text: writeScenario(scenario),
    };
  }

  /** What the canvas draws while the whole document is still on its way (see core's FirstView). */
  async firstView(id: string): Promise<FirstView> {
    await this.#live(id);
    return this.#withRoom(id, (room) => room.firstView());
  }

  async rename(id: string, title: string): Promise<ScenarioRecord> {
    await this.#live(id);
    await this.#withRoom(id, (room) =>
      room.change((doc) => commands.setMeta(doc, { title }, SERVICE_ORIGIN)),
    );
    const record = await this.#o.store.updateListing(id, { title }, new Date());
    if (!record) throw notFound(`scenario "${id}"`);
    return record;
  }

  async duplicate(id: string): Promise<ScenarioRecord> {
    const record = await this.#live(id);
    const source = await this.#withRoom(id, (room) => yDocToScenario(room.doc));
    const copyId = await this.#freshId();
    const title = `${source.meta.title} (copy)`.slice(0, MAX_TITLE);
    return this.#insert(
      { ...source, meta: { ...source.meta, id: copyId, title } },
      record.template,
    );
  }

  async delete(id: string, closeRooms: () => Promise<void>): Promise<ScenarioRecord> {
    const record = await this.get(id);
    if (record.deletedAt) return record;
    const deleted = await this.#o.store.setDeleted(id, new Date());
    await closeRooms();
    return deleted as ScenarioRecord;
  }

  async restore(id: string): Promise<ScenarioRecord> {
    const record = await this.get(id);
    if (!record.deletedAt) return record;
    return (await this.#o.store.setDeleted(id, null)) as ScenarioRecord;
  }

  /** Refreshes a scenario's listing from its live document (called when the document goes idle). */
  describe = async (room: Room): Promise<void> => {
    const listing = scenarioListing(yDocToScenario(room.doc));
    await this.#o.store.updateListing(room.ref.scenarioId, listing, room.lastChangeAt);
  };

  async #live(id: string): Promise<ScenarioRecord> {
    const record = await this.get(id);
    if (record.deletedAt) {
      throw new ApiError(409, "scenario_deleted", `scenario "${id}" is deleted; restore it first`);
    }
    return record;
  }

  async #withRoom<T>(id: string, use: (room: Room) => T | Promise<T>): Promise<T> {
    const room = await this.#o.registry.open({ scenarioId: id, kind: "scenario" });
    return use(room);
  }

  #insert(scenario: Scenario, template: string | null): Promise<ScenarioRecord> {
    return storeScenario(this.#o.store, scenario, template);
  }

  #freshId(): Promise<string> {
    return freshScenarioId(this.#o.store);
  }
}

/** Origin of the changes the API makes to a document (never tracked by anyone's undo). */
export const SERVICE_ORIGIN = Symbol("forkline.api");
