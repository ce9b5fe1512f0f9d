/** The API's error responses: RFC 9457 problem details with the right status code. */
package io.psm.migrate.sample.web;
