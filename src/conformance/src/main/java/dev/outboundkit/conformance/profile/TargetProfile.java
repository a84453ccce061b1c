package dev.outboundkit.conformance.profile;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a conformance run goes and what it may use there: a server's base URL, a tenant that
 * server knows (appId and private key), a skill set and an outbound number group that exist,
 * and tasks in each status plus an id that does not exist.
 *
 * <p>Stored as a Java properties file with exactly these keys:
 * <pre>
 * baseUrl=http://127.0.0.1:8080
 * appId=demo-1a2b3c4d
 * privateKey=mock-private-key.pem      # a relative path is read from the profile's folder
 * skillSetId=1462016331580064
 * outboundNumberGroupId=1070678044124225
 * task.notStarted=121
 * task.notStarted2=122
 * task.inProgress=123
 * task.paused=124
 * task.completed=125
 * task.missing=999999999
 * controlApi=http://127.0.0.1:8080/__control/   # optional: the mock's control API
 * readTimeoutSeconds=30                          # optional: how long to wait for an answer
 * secondTenant.appId=demo-5e6f7a8b               # optional, with the next: another tenant of the
 * secondTenant.privateKey=second-tenant-key.pem  #   same server, for the tenants' isolation
 * </pre>
 * The mock writes one for itself ({@code outboundkit mock --write-profile FILE}); for any other
 * server, write it by hand.
 *
 * @param baseUrl the server's base URL, http or https, without the API path
 * @param appId the tenant's appId
 * @param privateKey the tenant's private key file (PEM or bare Base64 PKCS#8/PKCS#1); absolute
 *     after {@link #load(Path)}
 * @param skillSetId a skill set that exists
 * @param outboundNumberGroupId an outbound number group that exists
 * @param taskNotStarted a task that has not started
 * @param taskNotStarted2 another task that has not started (for the duplicate-name check)
 * @param taskInProgress a task in progress
 * @param taskPaused a paused task
 * @param taskCompleted a completed task
 * @param taskMissing an id no task has
 * @param controlApi the base URL of the target's control API ({@code outboundkit mock
 *     --control-api}), through which the suite sees the whole task; null when it has none
 * @param readTimeoutSeconds how long to wait for an answer once a request is sent; null for the
 *     suite's default (30 s)
 * @param secondTenantAppId another tenant of the same server, which must see none of the first
 *     one's tasks; null when the profile names none
 * @param secondTenantKey that tenant's private key file, absolute after {@link #load(Path)}; null
 *     exactly when {@code secondTenantAppId} is
 */
public record TargetProfile(
    String baseUrl,
    String appId,
    Path privateKey,
    String skillSetId,
    String outboundNumberGroupId,
    long taskNotStarted,
    long taskNotStarted2,
    long taskInProgress,
    long taskPaused,
    long taskCompleted,
    long taskMissing,
    String controlApi,
    Integer readTimeoutSeconds,
    String secondTenantAppId,
    Path secondTenantKey) {

  public static final String BASE_URL = "baseUrl";
  public static final String APP_ID = "appId";
  public static final String PRIVATE_KEY = "privateKey";
  public static final String SKILL_SET_ID = "skillSetId";
  public static final String OUTBOUND_NUMBER_GROUP_ID = "outboundNumberGroupId";
  public static final String TASK_NOT_STARTED = "task.notStarted";
  public static final String TASK_NOT_STARTED_2 = "task.notStarted2";
  public static final String TASK_IN_PROGRESS = "task.inProgress";
  public static final String TASK_PAUSED = "task.paused";
  public static final String TASK_COMPLETED = "task.completed";
  public static final String TASK_MISSING = "task.missing";
  /** Optional: the base URL of the target's control API. */
  public static final String CONTROL_API = "controlApi";
  /** Optional: how long to wait for an answer, in seconds. */
  public static final String READ_TIMEOUT_SECONDS = "readTimeoutSeconds";
  /** Optional, with {@link #SECOND_TENANT_KEY}: another tenant of the same server. */
  public static final String SECOND_TENANT_APP_ID = "secondTenant.appId";
  /** Optional, with {@link #SECOND_TENANT_APP_ID}: that tenant's private key file. */
  public static final String SECOND_TENANT_KEY = "secondTenant.privateKey";
  private static final List<String> OPTIONAL_KEYS = List.of(CONTROL_API, READ_TIMEOUT_SECONDS, SECOND_TENANT_APP_ID,
      SECOND_TENANT_KEY);

  /** Every key of a profile, in the order they are written. */
  public static final List<String> KEYS = List.of(BASE_URL, APP_ID, PRIVATE_KEY, SKILL_SET_ID,
      OUTBOUND_NUMBER_GROUP_ID, TASK_NOT_STARTED, TASK_NOT_STARTED_2, TASK_IN_PROGRESS,
      TASK_PAUSED, TASK_COMPLETED, TASK_MISSING);

  /** A profile of a target without a control API. */
  public TargetProfile(String baseUrl, String appId, Path privateKey, String skillSetId,
      String outboundNumberGroupId, long taskNotStarted, long taskNotStarted2, long taskInProgress,
      long taskPaused, long taskCompleted, long taskMissing) {
    this(baseUrl, appId, privateKey, skillSetId, outboundNumberGroupId, taskNotStarted,
        taskNotStarted2, taskInProgress, taskPaused, taskCompleted, taskMissing, null);
  }

  /** A profile with the suite's default read timeout and no second tenant. */
  public TargetProfile(String baseUrl, String appId, Path privateKey, String skillSetId,
      String outboundNumberGroupId, long taskNotStarted, long taskNotStarted2, long taskInProgress,
      long taskPaused, long taskCompleted, long taskMissing, String controlApi) {
    this(baseUrl, appId, privateKey, skillSetId, outboundNumberGroupId, taskNotStarted,
        taskNotStarted2, taskInProgress, taskPaused, taskCompleted, taskMissing, controlApi, null, null, null);
  }

  public TargetProfile {
    requireText(baseUrl, BASE_URL);
    if (readTimeoutSeconds != null && readTimeoutSeconds < 1) {
      throw new IllegalArgumentException(READ_TIMEOUT_SECONDS + " must be at least 1");
    }
    requireText(appId, APP_ID);
    Objects.requireNonNull(privateKey, PRIVATE_KEY);
    requireText(skillSetId, SKILL_SET_ID);
    requireText(outboundNumberGroupId, OUTBOUND_NUMBER_GROUP_ID);
    if ((secondTenantAppId == null) != (secondTenantKey == null)) {
      throw new IllegalArgumentException(SECOND_TENANT_APP_ID + " and " + SECOND_TENANT_KEY + " go together");
    }
  }

  /**
   * Reads and checks a profile.
   *
   * @throws ProfileException naming the file and the key at fault: the file is missing or
   *     unreadable, a key is missing or blank, a key is not one of {@link #KEYS}, a task id is
   *     not an integer, the base URL is not http(s), the private key file does not exist
   */
  public static TargetProfile load(Path file) {
    Objects.requireNonNull(file, "file");
    String where = "profile " + file;
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new ProfileException(where + ": file not found", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new ProfileException(where + ": cannot read it (" + e.getClass().getSimpleName()
          + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")", e);
    }
    List<String> unknown = new ArrayList<>();
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.contains(key) && !OPTIONAL_KEYS.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(null);
      throw new ProfileException(where + ": unknown key" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + "; the keys are " + String.join(", ", KEYS) + " (and, optional, "
          + String.join(", ", OPTIONAL_KEYS) + ")");
    }
    for (String key : KEYS) {
      String value = properties.getProperty(key);
      if (value == null) {
        throw new ProfileException(where + ": missing key " + key);
      }
      if (value.isBlank()) {
        throw new ProfileException(where + ": key " + key + " is blank");
      }
    }
    String baseUrl = properties.getProperty(BASE_URL).strip();
    checkUrl(baseUrl, BASE_URL, where);
    String controlApi = properties.getProperty(CONTROL_API);
    if (controlApi != null) {
      controlApi = controlApi.strip();
      checkUrl(controlApi, CONTROL_API, where);
    }
    Path resolvedKey = keyFile(properties, PRIVATE_KEY, file);
    String secondAppId = properties.getProperty(SECOND_TENANT_APP_ID);
    if ((secondAppId == null) != (properties.getProperty(SECOND_TENANT_KEY) == null)) {
      throw new ProfileException(where + ": keys " + SECOND_TENANT_APP_ID + " and " + SECOND_TENANT_KEY
          + " go together: give both, or neither");
    }
    if (secondAppId != null && secondAppId.isBlank()) {
      throw new ProfileException(where + ": key " + SECOND_TENANT_APP_ID + " is blank");
    }
    Path secondKey = secondAppId == null ? null : keyFile(properties, SECOND_TENANT_KEY, file);
    return new TargetProfile(baseUrl,
        properties.getProperty(APP_ID).strip(),
        resolvedKey,
        properties.getProperty(SKILL_SET_ID).strip(),
        properties.getProperty(OUTBOUND_NUMBER_GROUP_ID).strip(),
        taskId(properties, TASK_NOT_STARTED, where),
        taskId(properties, TASK_NOT_STARTED_2, where),
        taskId(properties, TASK_IN_PROGRESS, where),
        taskId(properties, TASK_PAUSED, where),
        taskId(properties, TASK_COMPLETED, where),
        taskId(properties, TASK_MISSING, where),
        controlApi,
        readTimeout(properties, where),
        secondAppId == null ? null : secondAppId.strip(),
        secondKey);
  }

  /** @return the key file the key names, read from the profile's folder when relative; it exists */
  private static Path keyFile(Properties properties, String name, Path file) {
    String value = properties.getProperty(name).strip();
    if (value.isEmpty()) {
      throw new ProfileException("profile " + file + ": key " + name + " is blank");
    }
    Path key = Path.of(value);
    Path resolved = key.isAbsolute() ? key : file.toAbsolutePath().getParent().resolve(key).normalize();
    if (!Files.isRegularFile(resolved)) {
      throw new ProfileException("profile " + file + ": key " + name + " names a file that does not exist: "
          + resolved);
    }
    return resolved;
  }

  private static Integer readTimeout(Properties properties, String where) {
    String value = properties.getProperty(READ_TIMEOUT_SECONDS);
    if (value == null) {
      return null;
    }
    try {
      int seconds = Integer.parseInt(value.strip());
      if (seconds >= 1) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ProfileException(where + ": key " + READ_TIMEOUT_SECONDS + " must be a whole number of seconds, 1 or"
        + " more, was '" + value.strip() + "'");
  }

  /**
   * Writes the profile, keys in the order of {@link #KEYS}. The private key is written relative
   * to the profile's folder when it lies inside it, else as an absolute path.
   *
   * @throws ProfileException naming the file when it cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    Path folder = file.toAbsolutePath().getParent();
    StringBuilder text = new StringBuilder()
        .append("# outboundkit target profile: where a conformance run goes and what it may use.\n")
        .append("# privateKey: a relative path is read from this file's folder.\n");
    line(text, BASE_URL, baseUrl);
    line(text, APP_ID, appId);
    line(text, PRIVATE_KEY, relativeTo(folder, privateKey));
    line(text, SKILL_SET_ID, skillSetId);
    line(text, OUTBOUND_NUMBER_GROUP_ID, outboundNumberGroupId);
    line(text, TASK_NOT_STARTED, Long.toString(taskNotStarted));
    line(text, TASK_NOT_STARTED_2, Long.toString(taskNotStarted2));
    line(text, TASK_IN_PROGRESS, Long.toString(taskInProgress));
    line(text, TASK_PAUSED, Long.toString(taskPaused));
    line(text, TASK_COMPLETED, Long.toString(taskCompleted));
    line(text, TASK_MISSING, Long.toString(taskMissing));
    if (controlApi != null) {
      text.append("# The mock's control API: the suite reads whole tasks through it.\n");
      line(text, CONTROL_API, controlApi);
    }
    if (readTimeoutSeconds != null) {
      line(text, READ_TIMEOUT_SECONDS, Integer.toString(readTimeoutSeconds));
    }
    if (secondTenantAppId != null) {
      text.append("# Another tenant of the same server: it must see none of the first one's tasks.\n");
      line(text, SECOND_TENANT_APP_ID, secondTenantAppId);
      line(text, SECOND_TENANT_KEY, relativeTo(folder, secondTenantKey));
    }
    try {
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProfileException("profile " + file + ": cannot write it ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** @return the key file's path relative to the profile's folder when it lies inside it, else absolute */
  private static String relativeTo(Path folder, Path keyFile) {
    Path key = keyFile.toAbsolutePath().normalize();
    return key.startsWith(folder) ? folder.relativize(key).toString() : key.toString();
  }

  /**
   * One {@code key=value} line. The value is escaped as {@link Properties#load} reads it back:
   * backslashes, line breaks and a leading blank; everything else (a URL's colons too) is
   * written as is, so the file stays readable.
   */
  private static void line(StringBuilder text, String key, String value) {
    text.append(key).append('=');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        case '\f' -> text.append("\\f");
        case ' ' -> text.append(i == 0 ? "\\ " : " ");
        default -> text.append(c);
      }
    }
    text.append('\n');
  }

  private static long taskId(Properties properties, String key, String where) {
    String value = properties.getProperty(key).strip();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ProfileException(where + ": key " + key + " must be a task id (an integer), was '"
          + value + "'");
    }
  }

  private static void checkUrl(String url, String key, String where) {
    try {
      URI uri = new URI(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ProfileException(where + ": key " + key + " must be an http or https URL, was '"
        + url + "'");
  }

  private static void requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must not be blank");
    }
  }
}
