// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that remembers the last connection it handed out, so a test can break it. */
final class RecordingDataSource implements DataSource {

    private final DataSource target;
    private volatile Connection lastConnection;

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    /** The connection most recently handed out. */
    Connection lastConnection() {
        return lastConnection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        lastConnection = target.getConnection();
        return lastConnection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        lastConnection = target.getConnection(username, password);
        return lastConnection;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
