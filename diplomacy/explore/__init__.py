"""Explore: public read-only pages (search, relations, people, events, graph, map)."""
