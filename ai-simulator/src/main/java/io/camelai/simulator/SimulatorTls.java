package io.camelai.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The simulator's test certificates (HTTPS mode, {@link AiSimulator#startTls()}): a server certificate for
 * {@code localhost} and {@code 127.0.0.1} signed by a test CA. Clients trust the CA with {@link #TRUST_STORE}
 * (PKCS12, password {@link #PASSWORD}); how they were generated is in the README next to them.
 */
public final class SimulatorTls {

    /** The trust store holding the test CA, as a classpath resource. */
    public static final String TRUST_STORE = "io/camelai/simulator/tls/simulator-ca.p12";
    /** The server's key and certificate chain, as a classpath resource. */
    public static final String KEY_STORE = "io/camelai/simulator/tls/simulator-server.p12";
    /** The password of both stores (test certificates only). */
    public static final String PASSWORD = "simulator";

    private SimulatorTls() {}

    static SslContextFactory.Server serverContextFactory() {
        SslContextFactory.Server f = new SslContextFactory.Server();
        f.setKeyStoreResource(ResourceFactory.root().newClassLoaderResource(KEY_STORE));
        f.setKeyStoreType("PKCS12");
        f.setKeyStorePassword(PASSWORD);
        f.setCertAlias("server");
        return f;
    }

    /** A client TLS context trusting only the test CA. */
    public static SSLContext clientContext() throws IOException {
        try (InputStream in = SimulatorTls.class.getClassLoader().getResourceAsStream(TRUST_STORE)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(in, PASSWORD.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("the simulator's test trust store could not be read", e);
        }
    }
}
