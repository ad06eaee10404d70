# syntax=docker/dockerfile:1
# The tollwatch image: Apache Airflow 3 with tollwatch installed into it, so one image runs the
# Airflow services (api-server, scheduler, dag-processor, triggerer: the DAG's tasks call tollwatch
# in-process or as `tollwatch` subprocesses) and the `tollwatch` command line (`setup` and the
# `tollwatch` service of docker-compose.yml).
#
#   docker compose build                     # or: docker build -t tollwatch .
#
# Models are NOT baked in: they are mounted read-only at /models (the `tollwatch-models` volume,
# see docs/operations.md, "Models"), and nothing downloads a model at run time (HF_HUB_OFFLINE).
# torch comes from the CPU-only wheel index (the PyPI wheel is a multi-GB CUDA build); pass
# --build-arg TORCH_INDEX_URL=... for another one (and TORCH_VERSION for another release).

ARG AIRFLOW_VERSION=3.3.2
ARG PYTHON_VERSION=3.11
FROM apache/airflow:${AIRFLOW_VERSION}-python${PYTHON_VERSION}

ARG AIRFLOW_VERSION
ARG TORCH_VERSION=2.15.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu

USER root
# /data (the store, run reports) and /models are volumes: created here with the airflow user
# as owner so that fresh named volumes inherit it.
RUN mkdir -p /data /models /etc/tollwatch /opt/tollwatch \
 && chown -R airflow:0 /data /models /opt/tollwatch \
 && chmod -R g+rwX /data /models

USER airflow
WORKDIR /opt/tollwatch

# Dependencies first (cached while only the code changes): torch CPU, then the project's
# declared dependencies with Airflow held at the image's version.
COPY --chown=airflow:0 pyproject.toml README.md ./
RUN pip install --no-cache-dir --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}" \
 && python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
print("\n".join(p["dependencies"] + [d for x in ("models", "postgres", "celery") \
                for d in p.get("optional-dependencies", {}).get(x, [])]))' \
    > /tmp/requirements.txt
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" -r /tmp/requirements.txt

# The project itself, editable: the DAGs (dags/), index templates (index_mappings/), Kibana
# saved objects (kibana/) and the source registry are read from this checkout.
COPY --chown=airflow:0 . .
RUN pip install --no-cache-dir --no-deps -e . \
 && tollwatch --version

ENV TOLLWATCH_DATA=/data \
    TOLLWATCH_KIBANA_OBJECTS=/opt/tollwatch/kibana \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/tollwatch/dags \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HF_DATASETS_OFFLINE=1 \
    PYTHONUNBUFFERED=1
