package org.medcoder.core;

/** How serious a finding is: an error stops a claim or a load, a warning needs a look, info explains. */
public enum Severity {
    INFO, WARNING, ERROR
}
