"""Date expressions resolved against the publication date, with their precision."""

from datetime import date

import pytest

from dyadwatch.stages.date_expressions import resolve, week_start

PUB = date(2024, 3, 23)  # a Saturday


@pytest.mark.parametrize("text,expected", [
    ("Friday", ("2024-03-22", "day")),
    ("on Friday", ("2024-03-22", "day")),
    ("Saturday", ("2024-03-23", "day")),
    ("last Saturday", ("2024-03-16", "day")),
    ("Monday, March 11", ("2024-03-11", "day")),
    ("March 11", ("2024-03-11", "day")),
    ("11 March", ("2024-03-11", "day")),
    ("March 25, 2023", ("2023-03-25", "day")),
    ("in Nov. 2023", ("2023-11", "month")),
    ("November 2023", ("2023-11", "month")),
    ("in 2021", ("2021", "year")),
    ("2024-01-05", ("2024-01-05", "day")),
    ("yesterday", ("2024-03-22", "day")),
    ("today", ("2024-03-23", "day")),
    ("last week", ("2024-03-11", "week")),
    ("earlier this week", ("2024-03-18", "week")),
    ("this week", ("2024-03-18", "week")),
    ("this month", ("2024-03", "month")),
    ("earlier this month", ("2024-03", "month")),
    ("last month", ("2024-02", "month")),
    ("late last year", ("2023", "year")),
    ("last year", ("2023", "year")),
    ("earlier this year", ("2024", "year")),
    ("two days ago", ("2024-03-21", "day")),
    ("three weeks ago", ("2024-02-26", "week")),
    ("December", ("2023-12", "month")),
])
def test_resolve_past_expressions(text, expected):
    assert resolve(text, PUB) == expected


@pytest.mark.parametrize("text,expected", [
    ("March 25", ("2024-03-25", "day")),
    ("on Friday", ("2024-03-29", "day")),
    ("next week", ("2024-03-25", "week")),
    ("next month", ("2024-04", "month")),
])
def test_planned_events_look_ahead(text, expected):
    assert resolve(text, PUB, future=True) == expected


def test_upcoming_date_without_year_is_not_pushed_into_last_year():
    assert resolve("March 25", PUB, future=True) == ("2024-03-25", "day")
    assert resolve("March 25", PUB)[0] in ("2024-03-25", "2023-03-25")


def test_a_day_earlier_counts_from_the_previous_event():
    assert resolve("A day earlier", PUB, previous=date(2024, 3, 22)) == ("2024-03-21", "day")
    assert resolve("the next day", PUB, previous=date(2024, 3, 10)) == ("2024-03-11", "day")


@pytest.mark.parametrize("text", ["for months", "since months", "the last three months",
                                  "in recent months", "two decades", "a three-day"])
def test_durations_are_not_dates(text):
    assert resolve(text, PUB) is None


def test_without_publication_date_relative_expressions_stay_unresolved():
    assert resolve("on Friday", None) is None
    assert resolve("last week", None) is None
    assert resolve("March 11", None) is None
    assert resolve("March 11, 2024", None) == ("2024-03-11", "day")
    assert resolve("in 2021", None) == ("2021", "year")


def test_impossible_dates_are_not_resolved():
    assert resolve("February 30, 2024", PUB) is None


def test_week_start_is_monday():
    assert week_start(date(2024, 3, 24)) == date(2024, 3, 18)
