"""Pure Python core: roles, states, money, errors. No SQLAlchemy, no Qt."""
