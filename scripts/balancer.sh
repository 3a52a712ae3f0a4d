#!/usr/bin/env bash
# nginx as the load balancer in front of several app instances on this machine (sourced by two-instances.sh and
# the EndToEnd test). Sticky by client address (ip_hash): a browser's page load, Blazor negotiate and WebSocket
# reach the same instance; when that instance is gone nginx sends the browser to the next one.

# balancer_ensure_installed: nginx on PATH, installed with apt-get when we are root.
balancer_ensure_installed() {
  command -v nginx >/dev/null && return 0
  [ -x /usr/sbin/nginx ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "nginx is not installed and installing it needs root: run 'sudo apt-get install -y nginx-light', then start again." >&2
    return 1
  fi
  echo "nginx not found: installing it with apt-get" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
}

# balancer_conf DIR PORT UPSTREAM_PORT...: writes DIR/nginx.conf listening on 127.0.0.1:PORT.
balancer_conf() {
  local dir=$1 port=$2; shift 2
  local servers="" p
  for p in "$@"; do servers+="    server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"$'\n'; done
  local user=""; [ "$(id -u)" = 0 ] && user="user nobody nogroup;"
  cat >"$dir/nginx.conf" <<CONF
$user
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log $dir/access.log;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream jobcentertilsyn {
    # Sticky sessions: a Blazor circuit lives in one instance's memory.
    ip_hash;
$servers  }
  server {
    listen 127.0.0.1:$port;
    # The largest upload (an extract through the API) passes through.
    client_max_body_size 512m;
    location / {
      proxy_pass http://jobcentertilsyn;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A circuit's WebSocket stays open for hours.
      proxy_read_timeout 8h;
      proxy_send_timeout 8h;
      proxy_connect_timeout 2s;
      # An instance that is down (refused, timed out, stopping) is skipped for the next one.
      proxy_next_upstream error timeout http_502 http_503;
      # Which instance answered, for operators and the failover test.
      add_header X-Tilsyn-Instans \$upstream_addr always;
    }
  }
}
CONF
}

# balancer_start DIR PORT UPSTREAM_PORT...: starts nginx (not daemonised) as a background job; sets BALANCER_PID.
balancer_start() {
  local dir=$1 port=$2
  mkdir -p "$dir/tmp"; chmod 755 "$dir"
  balancer_conf "$@"
  local bin; bin=$(command -v nginx || echo /usr/sbin/nginx)
  "$bin" -t -q -c "$dir/nginx.conf" -p "$dir" -e "$dir/error.log" || return 1
  "$bin" -c "$dir/nginx.conf" -p "$dir" -e "$dir/error.log" -g 'daemon off;' >>"$dir/error.log" 2>&1 &
  BALANCER_PID=$!
}
