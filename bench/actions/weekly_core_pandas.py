"""The pandas route: read a LoginHistory CSV and a record activity log,
count per ISO week (UTC, dated by Monday) and department the active users
(a successful login) and the core-active users (an action on a core object:
opportunities, tasks, events, activities and cases, created or updated).

    python3 weekly_core_pandas.py LOGIN.csv ACTIONS.csv ROSTER.csv
"""
import sys

import pandas as pd

CORE_OBJECTS = ["Opportunity", "Task", "Event", "Activity", "Case"]
CORE_ACTIONS = ["created", "updated"]


def monday(times):
    day = times.dt.tz_localize(None).dt.normalize()
    return day - pd.to_timedelta(day.dt.weekday, unit="D")


def weekly(frame, user, roster):
    joined = frame.merge(roster, left_on=user, right_on="Id")
    return joined.groupby(["week", "Department"])[user].nunique()


def main(log_path, actions_path, roster_path):
    roster = pd.read_csv(roster_path, usecols=["Id", "Department"], dtype=str)
    log = pd.read_csv(log_path, usecols=["UserId", "LoginTime", "Status"], dtype=str)
    log = log[log["Status"] == "Success"]
    t = pd.to_datetime(log["LoginTime"], utc=True, format="%Y-%m-%dT%H:%M:%S.%f%z")
    active = weekly(log.assign(week=monday(t)), "UserId", roster)
    del log
    act = pd.read_csv(actions_path, dtype=str)
    act = act[act["Object"].isin(CORE_OBJECTS) & act["Action"].isin(CORE_ACTIONS)]
    t = pd.to_datetime(act["CreatedDate"], utc=True, format="%Y-%m-%dT%H:%M:%SZ")
    core = weekly(act.assign(week=monday(t)), "CreatedById", roster)
    print(f"{len(active)} + {len(core)} week x department figures")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
