"""The pandas route: read a LoginHistory CSV, keep successful logins, count
weekly active users (ISO weeks, UTC, dated by Monday) per department.

    python3 weekly_pandas.py LOGIN.csv ROSTER.csv
"""
import sys

import pandas as pd


def main(log_path, roster_path):
    log = pd.read_csv(log_path, usecols=["UserId", "LoginTime", "Status"], dtype=str)
    log = log[log["Status"] == "Success"]
    t = pd.to_datetime(log["LoginTime"], utc=True, format="%Y-%m-%dT%H:%M:%S.%f%z")
    day = t.dt.tz_localize(None).dt.normalize()
    log = log.assign(week=day - pd.to_timedelta(day.dt.weekday, unit="D"))
    roster = pd.read_csv(roster_path, usecols=["Id", "Department"], dtype=str)
    joined = log.merge(roster, left_on="UserId", right_on="Id")
    weekly = joined.groupby(["week", "Department"])["UserId"].nunique()
    print(f"{len(weekly)} week x department figures")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
