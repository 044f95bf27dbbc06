export { openDb, type Db } from './db'
export { migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations'
export { ProjectStore, type NewProject } from './project-store'
export { PanelStore, DEFAULT_PANEL_SETTINGS } from './panel-store'
