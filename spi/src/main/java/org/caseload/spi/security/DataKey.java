// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.security;

import java.util.Arrays;
import java.util.Objects;

/**
 * One version of a secret key. The id is stored beside what the key wrote, so that data written
 * under an earlier key stays readable until it is re-encrypted. Immutable: the material is copied
 * in and out, and never printed.
 *
 * @param id       stable, non-blank, at most 64 characters; stored with the data
 * @param material the key bytes, at least 32 (256 bits)
 */
public record DataKey(String id, byte[] material) {

    /** The fewest key bytes accepted. */
    public static final int MIN_MATERIAL_BYTES = 32;

    public DataKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(material, "material");
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("key id must be 1 to 64 characters, was " + id.length());
        }
        if (material.length < MIN_MATERIAL_BYTES) {
            throw new IllegalArgumentException("key " + id + " has " + material.length
                    + " bytes; at least " + MIN_MATERIAL_BYTES + " are required");
        }
        material = material.clone();
    }

    /** A copy of the key bytes. */
    @Override
    public byte[] material() {
        return material.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey that && id.equals(that.id) && Arrays.equals(material, that.material);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(material);
    }

    @Override
    public String toString() {
        return "DataKey[id=" + id + ", material=(hidden)]";
    }
}
