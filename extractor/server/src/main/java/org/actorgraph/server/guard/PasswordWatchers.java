package org.actorgraph.server.guard;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password file's user stores of a Jetty server, to stop with it.
 *
 * <p>Fuseki ({@code JettySecurityLib.makeUserStore}) starts a {@code PropertyUserStore} with a
 * 5-second reload interval while it builds the server, so the store's file scanner (a {@code
 * Scanner} thread) is running before Jetty adopts it; Jetty treats a bean that is already running
 * as unmanaged and does not stop it with the server. Without this, each stopped server leaves a
 * scanner that polls the password file until the JVM exits (and logs a stack trace every 5 s once
 * the file is deleted). Stopping the store stops its {@code Scanner} but not the scanner's
 * scheduler (its thread), so that is stopped too.
 */
public final class PasswordWatchers {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordWatchers.class);

  private PasswordWatchers() {}

  /**
   * The user stores of the login services under {@code server}, each followed by the schedulers
   * under it, in the order to stop them. Collect them before the server stops: a stopped store
   * forgets its scanner.
   */
  public static List<Object> of(Server server) {
    List<Object> watchers = new ArrayList<>();
    for (SecurityHandler security : server.getContainedBeans(SecurityHandler.class)) {
      LoginService login = security.getLoginService();
      if (login instanceof HashLoginService hash) {
        for (UserStore store : hash.getBeans(UserStore.class)) {
          watchers.add(store);
          watchers.addAll(store.getContainedBeans(Scheduler.class));
        }
      }
    }
    return watchers;
  }

  /** Stops each of {@link #of}; failures are logged, not thrown. */
  public static void stop(List<Object> watchers) {
    for (Object watcher : watchers) {
      try {
        LifeCycle.stop(watcher);
      } catch (RuntimeException e) {
        LOG.warn("Could not stop the password file watcher {}: {}", watcher, e.toString());
      }
    }
  }
}
