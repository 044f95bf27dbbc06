export { openDb, type Db } from './db'
export { migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations'
export { ProjectStore, sha256Of, type NewProject, type RubricCopy, type RubricCopyOrigin } from './project-store'
export { PanelStore, DEFAULT_PANEL_SETTINGS } from './panel-store'
