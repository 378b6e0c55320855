module host {
    requires org.caseload.core;
    requires org.caseload.jdbc;
}
