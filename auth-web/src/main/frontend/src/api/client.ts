import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

/** The public API, typed from the OpenAPI document the portal was built against (openapi.json). */
export const api = createClient<paths>({ baseUrl: location.origin });

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
