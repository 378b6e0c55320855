// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.StorageException;

/**
 * The connection pool of an H2 database that {@link JdbcStorage} opens itself ({@code embedded} and
 * {@code inMemory}). H2 is the host's choice, not a dependency of this module, so its pool is found
 * at run time by name; a host that asks for H2 without the driver gets a
 * {@link ConfigurationException} that says what to add.
 */
final class H2ConnectionPool {

    static final String POOL_CLASS = "org.h2.jdbcx.JdbcConnectionPool";
    static final String DATA_SOURCE_CLASS = "org.h2.jdbcx.JdbcDataSource";

    /** H2's administrator, with no password: the in-memory databases, which no other process can reach. */
    private static final String DEFAULT_USER = "sa";

    private final DataSource dataSource;
    private final Method dispose;

    private H2ConnectionPool(DataSource dataSource, Method dispose) {
        this.dataSource = dataSource;
        this.dispose = dispose;
    }

    /**
     * A pool of connections to {@code url}, as H2's default user with no password.
     *
     * @param caller which factory method needs H2, for the message
     * @param loader where to look for H2
     * @throws ConfigurationException when H2 2.x is not on the class path or module path
     */
    static H2ConnectionPool open(String url, String caller, ClassLoader loader) {
        return open(url, DEFAULT_USER, new char[0], caller, loader);
    }

    /**
     * A pool of connections to {@code url} as {@code user}. The password is copied, never made a
     * {@code String}; H2 clears its copies once it has hashed them.
     *
     * @param password the password as H2 takes it (with a file cipher: the file's, a space, the user's)
     * @param caller   which factory method needs H2, for the message
     * @param loader   where to look for H2
     * @throws ConfigurationException when H2 2.x is not on the class path or module path
     */
    static H2ConnectionPool open(String url, String user, char[] password, String caller, ClassLoader loader) {
        Class<?> poolClass;
        Class<?> dataSourceClass;
        try {
            poolClass = Class.forName(POOL_CLASS, true, loader);
            dataSourceClass = Class.forName(DATA_SOURCE_CLASS, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException(caller + " needs the H2 database driver (com.h2database:h2, 2.x), "
                    + "which is not on the class path or module path: add it to the host's dependencies, or give "
                    + "JdbcStorage.create a DataSource of the host's database", e);
        }
        try {
            Object connections = dataSourceClass.getConstructor().newInstance();
            dataSourceClass.getMethod("setURL", String.class).invoke(connections, url);
            dataSourceClass.getMethod("setUser", String.class).invoke(connections, user);
            dataSourceClass.getMethod("setPasswordChars", char[].class).invoke(connections, (Object) password.clone());
            Method create = poolClass.getMethod("create", ConnectionPoolDataSource.class);
            DataSource pool = (DataSource) create.invoke(null, connections);
            return new H2ConnectionPool(pool, poolClass.getMethod("dispose"));
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException | ClassCastException
                | IllegalArgumentException e) {
            throw new ConfigurationException(caller + " needs H2 2.x; the H2 on the path has no usable "
                    + POOL_CLASS, e);
        } catch (InvocationTargetException e) {
            throw new StorageException("could not open the H2 connection pool", e.getCause());
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool's connections; the pool refuses new ones afterwards. */
    void dispose() {
        try {
            dispose.invoke(dataSource);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the H2 connection pool cannot be disposed", e);
        } catch (InvocationTargetException e) {
            throw new StorageException("could not close the H2 connection pool", e.getCause());
        }
    }
}
