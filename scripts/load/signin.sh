#!/usr/bin/env bash
# Sourced by the load scripts. jt_signin BASE EMAIL PASSWORD COOKIEJAR: signs in like a browser (GET the
# sign-in page for its antiforgery token, POST the form) and leaves the session cookie in COOKIEJAR.
# Prints the "Cookie:" header value (name=value; ...) that wrk and the circuit load tool send.
jt_signin() {
  local base=$1 email=$2 password=$3 jar=$4 token status
  rm -f "$jar"
  token=$(curl -fsS -c "$jar" -b "$jar" "$base/konto/log-ind" \
    | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
  [ -n "$token" ] || { echo "No antiforgery token on $base/konto/log-ind" >&2; return 1; }
  status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/konto/log-ind" \
    --data-urlencode "_handler=log-ind" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Adgangskode=$password")
  [ "$status" = 302 ] && grep -q 'jt.login' "$jar" || { echo "Sign-in as $email failed (HTTP $status)" >&2; return 1; }
  # Netscape cookie jar: name is field 6, value field 7 (HttpOnly cookies are prefixed #HttpOnly_).
  awk -F'\t' 'NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar"
}
