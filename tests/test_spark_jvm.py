"""The settings of a local Spark that Sambandh starts itself (``spark.LOCAL_JVM_OPTIONS``, ``spark.LOCAL_CONF``)."""

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


def test_a_session_we_start_gets_small_batches_and_the_users_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    from sambandh import spark

    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    monkeypatch.delenv("MASTER", raising=False)
    monkeypatch.setattr("pyspark.SparkContext._active_spark_context", None)
    ours = spark.session_conf({"spark.master": "local[2]"})
    assert ours["spark.sql.inMemoryColumnarStorage.batchSize"] == "1000"
    assert ours["spark.sql.parquet.columnarReaderBatchSize"] == "1024"
    assert ours["spark.driver.extraJavaOptions"] == spark.LOCAL_JVM_OPTIONS
    theirs = spark.session_conf({"spark.master": "local[2]", "spark.sql.inMemoryColumnarStorage.batchSize": "20000"})
    assert theirs["spark.sql.inMemoryColumnarStorage.batchSize"] == "20000"
    assert theirs["spark.sql.parquet.columnarReaderBatchSize"] == "1024"
    # a cluster's executors are sized by whoever runs it: nothing of ours
    cluster = spark.session_conf({"spark.master": "spark://head:7077"})
    assert cluster == {"spark.master": "spark://head:7077"}


def test_a_local_lake_gets_shuffle_partitions_sized_to_it() -> None:
    from sambandh import spark

    assert "-XX:ReservedCodeCacheSize=240m" in spark.LOCAL_JVM_OPTIONS  # the JIT must not stop mid-run
    # one a core up to 12,500 articles a core, then more, at most four a core
    assert spark.shuffle_partitions(0, 2) == 2
    assert spark.shuffle_partitions(5_000, 2) == 2
    assert spark.shuffle_partitions(25_001, 2) == 4
    assert spark.shuffle_partitions(100_000, 2) == 8
    assert spark.shuffle_partitions(10_000_000, 2) == 8
    assert spark.shuffle_partitions(1_000, 0) == 1
