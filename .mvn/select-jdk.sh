# shellcheck shell=sh
# Sourced by ./mvnw and .ci/run: makes JAVA_HOME point at a JDK 25 or newer.
# Keeps JAVA_HOME when it already qualifies; otherwise looks in the usual install folders
# (Debian's /usr/lib/jvm holds Temurin 25 beside the default JDK 17) and takes the lowest
# qualifying major version, because 25 is what the project is tested with.

bis_required_java=25

# Prints the major version of the JDK in folder $1, or nothing when it is not a JDK.
bis_java_major() {
  [ -x "$1/bin/javac" ] && [ -r "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release"
}

bis_select_jdk() {
  bis_major=$(bis_java_major "${JAVA_HOME:-/nonexistent}")
  if [ -n "$bis_major" ] && [ "$bis_major" -ge "$bis_required_java" ]; then
    return 0
  fi
  bis_best=
  bis_best_major=
  case $- in *f*) bis_noglob=1 ;; *) bis_noglob= ;; esac
  set +f
  for bis_dir in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* \
    "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    bis_major=$(bis_java_major "$bis_dir")
    [ -n "$bis_major" ] && [ "$bis_major" -ge "$bis_required_java" ] || continue
    if [ -z "$bis_best_major" ] || [ "$bis_major" -lt "$bis_best_major" ]; then
      bis_best=$bis_dir
      bis_best_major=$bis_major
    fi
  done
  [ -z "$bis_noglob" ] || set -f
  if [ -z "$bis_best" ]; then
    echo "BIS Kiosk needs a JDK $bis_required_java or newer and found none" \
      "(JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks)." \
      "Install one, for example Temurin $bis_required_java, or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$bis_best
  export JAVA_HOME
}
