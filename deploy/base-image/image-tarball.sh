#!/bin/sh
# Jib's "docker" where no container engine runs: Quarkus' Jib extension hands a finished image to `docker load`;
# this keeps that image tarball at $ECITES_IMAGE_TAR instead, and answers `docker info` with the platform.
case "$1" in
  load) cat > "${ECITES_IMAGE_TAR:?ECITES_IMAGE_TAR names where the image tarball goes}" \
          && echo "Loaded image tarball: $ECITES_IMAGE_TAR" ;;
  info) echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
  *) echo "image-tarball.sh does not do: docker $*" >&2; exit 1 ;;
esac
