"""Measuring dyadwatch against gold data: actor resolution and (later) events, dates, places."""
