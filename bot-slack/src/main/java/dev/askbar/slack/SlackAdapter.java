package dev.askbar.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.ChatAdapter;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack through Bolt: HTTP mode serves events, commands and interactions at {@code /slack/events} from
 * {@link SlackAppServlet} in an embedded Jetty (Bolt's RequestVerification rejects a missing or wrong signature and
 * timestamps older than 5 minutes before any handler runs); Socket Mode instead when an app token is set. Bodies
 * are capped before anything reads them: Bolt reads a whole body to check its signature, so an unsigned 150 MB POST
 * would otherwise sit on the heap. The answer workers belong to whoever created the context; this adapter closes only
 * what it created.
 */
public final class SlackAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    public static final String PATH = "/slack/events";
    // one message at a time is Socket Mode's default; answers run on workers, but acks should not queue behind
    // users.info
    private static final int SOCKET_MODE_CONCURRENCY = 4;
    /** Slack's commands, events and interaction payloads are a few KB; 1 MiB leaves room and bounds the heap. */
    static final int MAX_BODY_BYTES = 1 << 20;

    static final int MAX_HEADER_BYTES = 16 << 10;
    static final int MAX_FORM_KEYS = 200;
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final SlackSettings settings;
    private final AdapterContext context;
    private volatile Server jetty;
    private volatile SocketModeApp socketMode;
    private volatile ServerConnector connector;
    private volatile boolean started;
    private final AnswerWorkers notices = new AnswerWorkers("slack-notices", 2, 200, Duration.ofSeconds(5));

    public SlackAdapter(SlackSettings settings, AdapterContext context) {
        this.settings = settings;
        this.context = context;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void start() throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        Slack slack = Slack.getInstance(slackConfig);
        String token = settings.botToken().reveal();
        SlackWeb web = new SlackWeb(new WebApiCall(slack, token), new ChannelPacer(settings.channelInterval()));
        AuthTestResponse auth = slack.methods(token).authTest(r -> r);
        if (!auth.isOk()) {
            throw new IllegalStateException("Slack refused SLACK_BOT_TOKEN (auth.test: " + auth.getError()
                    + "); check the token and the app's installation");
        }
        App app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(token)
                .signingSecret(settings.signingSecret().map(s -> s.reveal()).orElse(null))
                .requestVerificationEnabled(!settings.socketMode())
                .build());
        SlackAnswers answers = new SlackAnswers(
                context,
                web,
                slack,
                new ThreadConversations(context.coordination()),
                settings.channelInterval(),
                notices);
        SlackAdmins admins = new SlackAdmins(settings.admins(), web);
        app.command("/ask", new AskCommandHandler(answers));
        app.command("/askbar", new AskbarCommandHandler(answers, admins));
        app.event(AppMentionEvent.class, new MentionHandler(answers, auth.getUserId()));
        new AnswerButtons(answers, admins).register(app);
        if (settings.socketMode()) {
            socketMode = new SocketModeApp(
                    settings.appToken().get().reveal(),
                    app,
                    SocketModeClient.Backend.JavaWebSocket,
                    SOCKET_MODE_CONCURRENCY);
            socketMode.startAsync();
            log.info("Slack Socket Mode connected as {} in {}", auth.getUser(), auth.getTeam());
        } else {
            jetty = httpServer(app);
            jetty.start();
            log.info(
                    "Slack HTTP mode: {} on port {} as {} in {}",
                    PATH,
                    connector.getLocalPort(),
                    auth.getUser(),
                    auth.getTeam());
        }
        started = true;
    }

    /**
     * Jetty with every limit set: headers, form keys and size, idle connections, and a body cap that answers 413 on a
     * Content-Length above it and stops reading a chunked body once it passes it.
     */
    private Server httpServer(App app) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        server.addConnector(connector);
        ServletContextHandler servlets = new ServletContextHandler();
        servlets.setMaxFormContentSize(MAX_BODY_BYTES);
        servlets.setMaxFormKeys(MAX_FORM_KEYS);
        servlets.addServlet(new ServletHolder(new SlackAppServlet(app)), PATH);
        SizeLimitHandler capped = new SizeLimitHandler(MAX_BODY_BYTES, -1);
        capped.setHandler(servlets);
        server.setHandler(capped);
        return server;
    }

    /** The HTTP port taking events (the bound one when configured as 0); empty in Socket Mode. */
    public Optional<Integer> port() {
        return Optional.ofNullable(connector).map(ServerConnector::getLocalPort);
    }

    @Override
    public boolean connected() {
        if (!started) {
            return false;
        }
        if (socketMode != null) {
            SocketModeClient client = socketMode.getClient();
            return client != null && client.verifyConnection();
        }
        return jetty != null && jetty.isStarted();
    }

    @Override
    public void close() {
        started = false;
        try {
            if (jetty != null) {
                jetty.stop();
            }
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            log.warn("Slack adapter did not stop cleanly: {}", e.toString());
        }
        notices.close();
    }
}
