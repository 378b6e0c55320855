module host {
    requires org.caseload.core;
}
