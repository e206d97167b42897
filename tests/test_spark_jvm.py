"""The JVM options of a local Spark that Sambandh starts itself (``spark.LOCAL_JVM_OPTIONS``)."""

from __future__ import annotations

import pytest
from conftest import SPARK_MARKS

pytestmark = SPARK_MARKS


def test_a_local_master_we_start_gets_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from sambandh import spark

    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    monkeypatch.delenv("MASTER", raising=False)
    monkeypatch.setattr("pyspark.SparkContext._active_spark_context", None)
    assert spark._starts_its_own_jvm({"spark.master": "local[2]"})
    assert spark._starts_its_own_jvm({})


def test_spark_submit_a_cluster_or_a_running_context_keep_theirs(monkeypatch: pytest.MonkeyPatch) -> None:
    from sambandh import spark

    monkeypatch.delenv("MASTER", raising=False)
    monkeypatch.setattr("pyspark.SparkContext._active_spark_context", None)
    assert not spark._starts_its_own_jvm({"spark.master": "spark://head:7077"})
    monkeypatch.setenv("MASTER", "yarn")
    assert not spark._starts_its_own_jvm({})
    monkeypatch.delenv("MASTER")
    monkeypatch.setenv("PYSPARK_GATEWAY_PORT", "41234")
    assert not spark._starts_its_own_jvm({"spark.master": "local[2]"})
    monkeypatch.delenv("PYSPARK_GATEWAY_PORT")
    monkeypatch.setattr("pyspark.SparkContext._active_spark_context", object())
    assert not spark._starts_its_own_jvm({"spark.master": "local[2]"})
