package org.actorgraph.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which process listens on a TCP port, read from Linux's {@code /proc/net/tcp}, {@code
 * /proc/net/tcp6} and {@code /proc/PID/fd}, so that "port in use" can say which process to stop.
 * Elsewhere, or when the owner's files cannot be read, it only says that the port is in use.
 */
public final class PortOwners {

  private static final Path PROC = Path.of("/proc");

  private PortOwners() {}

  /** Whether a server socket can be bound on {@code port} (on the loopback or every interface). */
  public static boolean isFree(int port, boolean loopbackOnly) {
    if (port == 0) {
      return true;
    }
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(
          loopbackOnly
              ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port)
              : new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * One line for a user: "port 3030 is in use by process 1234 (java -jar ...): stop it or choose
   * another --port", or without the process when it cannot be found.
   */
  public static String describe(int port) {
    return "port "
        + port
        + " is in use"
        + owner(port).map(o -> " by " + o).orElse("")
        + ": stop that process or choose another port with --port";
  }

  /** "process PID (command line)" for the process listening on {@code port}, if it can be found. */
  public static Optional<String> owner(int port) {
    try {
      Set<String> inodes = new HashSet<>();
      for (String table : List.of("net/tcp", "net/tcp6")) {
        Path f = PROC.resolve(table);
        if (Files.isReadable(f)) {
          listeningInodes(Files.readAllLines(f), port, inodes);
        }
      }
      if (inodes.isEmpty()) {
        return Optional.empty();
      }
      try (DirectoryStream<Path> pids = Files.newDirectoryStream(PROC, "[0-9]*")) {
        for (Path pid : pids) {
          if (holdsSocket(pid, inodes)) {
            return Optional.of(
                "process "
                    + pid.getFileName()
                    + commandLine(pid).map(c -> " (" + c + ")").orElse(""));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: the caller still says the port is in use
    }
    return Optional.empty();
  }

  /** Adds the socket inodes of the table rows that listen ({@code st} 0A) on {@code port}. */
  static void listeningInodes(List<String> table, int port, Set<String> inodes) {
    for (String line : table) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 10 || !f[1].contains(":") || !"0A".equals(f[3])) {
        continue;
      }
      String hexPort = f[1].substring(f[1].indexOf(':') + 1);
      try {
        if (Integer.parseInt(hexPort, 16) == port) {
          inodes.add(f[9]);
        }
      } catch (NumberFormatException e) {
        // the header line
      }
    }
  }

  private static boolean holdsSocket(Path pid, Set<String> inodes) {
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(pid.resolve("fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")
              && inodes.contains(target.substring(8, target.length() - 1))) {
            return true;
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    } catch (IOException | SecurityException e) {
      // not ours to read
    }
    return false;
  }

  private static Optional<String> commandLine(Path pid) {
    try {
      String c =
          new String(Files.readAllBytes(pid.resolve("cmdline")), StandardCharsets.UTF_8)
              .replace('\0', ' ')
              .strip();
      if (c.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(c.length() > 120 ? c.substring(0, 120) + "..." : c);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
