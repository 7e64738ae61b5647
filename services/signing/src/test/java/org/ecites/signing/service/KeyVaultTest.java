package org.ecites.signing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

    private final KeyVault vault = new KeyVault("q0m5tKx0tq8t3Kx8pV2mJ0d1cJmQp9m5l3P2m7mS1kA=");

    @Test
    void aSealedKeyOpensOnlyUnderItsOwnKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var privateKey = generator.generateKeyPair().getPrivate();

        byte[] sealed = vault.seal(privateKey, "key-1");

        assertThat(((ECPrivateKey) vault.open(sealed, "key-1")).getS()).isEqualTo(((ECPrivateKey) privateKey).getS());
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(HexFormat.of().formatHex(privateKey.getEncoded()));
        assertThatThrownBy(() -> vault.open(sealed, "key-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMasterKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new KeyVault("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
