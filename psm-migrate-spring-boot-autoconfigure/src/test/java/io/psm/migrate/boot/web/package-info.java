/** The auto-configuration in a running web application: endpoints over HTTP, secrets kept out of sight. */
package io.psm.migrate.boot.web;
