"""Administration in the window: the Users page, its dialogs, and changing one's own
password. Every change goes through ``services.users`` on the DB worker; the database
decides (only admins' group role may call the provisioning functions)."""
