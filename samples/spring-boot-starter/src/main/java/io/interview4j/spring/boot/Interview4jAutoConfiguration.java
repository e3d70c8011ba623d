package io.interview4j.spring.boot;

import io.interview4j.InvalidInputException;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.engine.InterviewEngine;
import io.interview4j.engine.InterviewEngineBuilder;
import io.interview4j.engine.InterviewListener;
import io.interview4j.engine.SessionBudget;
import io.interview4j.llm.CostEstimator;
import io.interview4j.llm.LanguageModel;
import io.interview4j.llm.cost.ModelPrice;
import io.interview4j.llm.cost.PriceTable;
import io.interview4j.storage.file.FileQuestionBank;
import org.springframework.beans.factory.annotation.Qualifier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import io.interview4j.bank.CompositeQuestionBank;
import io.interview4j.storage.jdbc.JdbcSessionStore;
import io.interview4j.store.InMemorySessionStore;
import io.interview4j.store.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Auto-configures an {@link InterviewEngine} from {@code interview4j.*} properties ({@link Interview4jProperties}):
 * the session store (the application's {@link DataSource}, else an embedded SQLite file), the question bank, the
 * language model with retry and fallback (or none: offline), the prices, the per-session budget and the listeners
 * (every {@link InterviewListener} bean, in order). Each bean backs off when the application declares its own of the
 * same type. Off with {@code interview4j.enabled=false}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnProperty(prefix = "interview4j", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(Interview4jProperties.class)
public class Interview4jAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(Interview4jAutoConfiguration.class);

    /** Creates the auto-configuration; Spring calls it. */
    public Interview4jAutoConfiguration() {
    }

    /**
     * @param properties the settings
     * @param dataSources the application's data source, if it has exactly one (or one primary)
     * @param env for the default SQLite folder ({@code INTERVIEW4J_HOME})
     * @return a JDBC store on the application's data source, else on an embedded SQLite file, or in memory when
     *     {@code interview4j.store.type=memory}
     * @throws InvalidInputException naming the property when the store cannot be opened as configured
     */
    @Bean
    @ConditionalOnMissingBean
    public SessionStore interview4jSessionStore(Interview4jProperties properties, ObjectProvider<DataSource> dataSources,
                                                Environment env) {
        Interview4jProperties.Store p = properties.getStore();
        DataSource app = p.getType() == Interview4jProperties.StoreType.AUTO
                || p.getType() == Interview4jProperties.StoreType.JDBC ? dataSources.getIfUnique() : null;
        switch (p.getType()) {
            case MEMORY -> {
                LOG.info("interview4j: sessions in memory (interview4j.store.type=memory); nothing survives a restart");
                return new InMemorySessionStore();
            }
            case JDBC -> {
                if (app == null) {
                    throw new InvalidInputException("interview4j.store.type is jdbc but the application has no single"
                            + " DataSource");
                }
            }
            default -> {
            }
        }
        if (app != null) {
            JdbcSessionStore store = JdbcSessionStore.builder().dataSource(app).migrationMode(p.getMigrationMode())
                    .tablePrefix(p.getTablePrefix()).build();
            LOG.info("interview4j: sessions in the application's DataSource ({}, tables {}*, migration mode {})",
                    store.dialect(), store.tablePrefix(), p.getMigrationMode());
            return store;
        }
        Path file = sqliteFile(p, env);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file);
        JdbcSessionStore store = JdbcSessionStore.builder().dataSource(sqlite).migrationMode(p.getMigrationMode())
                .tablePrefix(p.getTablePrefix()).build();
        LOG.info("interview4j: sessions in the SQLite file {}", file);
        return store;
    }

    private static Path sqliteFile(Interview4jProperties.Store p, Environment env) {
        Path file = p.getSqliteFile();
        if (file == null) {
            String home = env.getProperty("INTERVIEW4J_HOME");
            Path folder = home != null && !home.isBlank() ? Path.of(home)
                    : Path.of(System.getProperty("user.home"), ".interview4j");
            file = folder.resolve("interview4j.db");
        }
        file = file.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("interview4j.store.sqlite-file is a folder (" + file + "); name a file in it");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new InvalidInputException("interview4j.store.sqlite-file: cannot create the folder " + file.getParent()
                    + ": " + e, e);
        }
        return file;
    }

    /**
     * @param properties the settings
     * @return the built-in bank; with {@code interview4j.question-bank.files}, their questions first and the built-in
     *     bank behind them (or theirs alone with {@code interview4j.question-bank.include-built-in=false})
     * @throws InvalidInputException naming the property when a file cannot be read or is malformed
     */
    @Bean
    @ConditionalOnMissingBean
    public QuestionBank interview4jQuestionBank(Interview4jProperties properties) {
        List<Path> files = properties.getQuestionBank().getFiles();
        if (files.isEmpty()) {
            return BuiltInQuestionBank.get();
        }
        QuestionBank host;
        try {
            host = FileQuestionBank.load(files);
        } catch (RuntimeException e) {
            throw new InvalidInputException("interview4j.question-bank.files: " + e.getMessage(), e);
        }
        return properties.getQuestionBank().isIncludeBuiltIn() ? CompositeQuestionBank.withBuiltInFallback(host)
                : CompositeQuestionBank.hostOnly(host);
    }

    /**
     * @param properties the settings
     * @return the engine's executor: {@code interview4j.executor-threads} daemon threads, shut down with the context
     */
    @Bean(name = "interview4jExecutor", destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "interview4jExecutor")
    public ExecutorService interview4jExecutor(Interview4jProperties properties) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(properties.getExecutorThreads(), r -> {
            Thread t = new Thread(r, "interview4j-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param properties the settings
     * @return the built-in list prices with {@code interview4j.costs.prices} added
     * @throws InvalidInputException naming the property when a price lacks its input or output figure
     */
    @Bean
    @ConditionalOnMissingBean(CostEstimator.class)
    @ConditionalOnProperty(prefix = "interview4j.costs", name = "enabled", matchIfMissing = true)
    public PriceTable interview4jPriceTable(Interview4jProperties properties) {
        PriceTable table = PriceTable.defaults();
        for (Map.Entry<String, Interview4jProperties.Price> e : properties.getCosts().getPrices().entrySet()) {
            Interview4jProperties.Price p = e.getValue();
            String at = "interview4j.costs.prices." + e.getKey();
            if (p.getInput() == null || p.getOutput() == null) {
                throw new InvalidInputException(at + " needs both input and output (US dollars per million tokens)");
            }
            try {
                table = table.with(e.getKey(), new ModelPrice(p.getInput(), p.getOutput(),
                        p.getCachedInput() == null ? p.getInput() : p.getCachedInput()));
            } catch (RuntimeException bad) {
                throw new InvalidInputException(at + ": " + bad.getMessage(), bad);
            }
        }
        return table;
    }

    /** @return what the configured model's latest calls did, for the health indicator */
    @Bean
    @ConditionalOnMissingBean
    public ModelStatus interview4jModelStatus() {
        return new ModelStatus();
    }

    /**
     * @param properties the settings
     * @param env where the providers' environment variables are read (environment variables, or properties of the
     *     same names)
     * @param observers every {@link ModelCallObserver} bean (metrics, health)
     * @return the configured provider chain
     * @throws InvalidInputException naming the property when a provider cannot be built
     */
    @Bean
    @ConditionalOnMissingBean(LanguageModel.class)
    @Conditional(OnModelConfiguredCondition.class)
    public ConfiguredLanguageModel interview4jLanguageModel(Interview4jProperties properties, Environment env,
                                                            ObjectProvider<ModelCallObserver> observers) {
        ModelFactory.Chain chain = ModelFactory.build(properties.getModel(), ModelFactory.environment(env::getProperty),
                        observers.orderedStream().toList())
                .orElseThrow(() -> new InvalidInputException("interview4j.model.provider is auto but no provider's"
                        + " environment variable is set"));
        LOG.info("interview4j: answers judged by {} (with retries and fallback in that order)", chain.providers());
        return new ConfiguredLanguageModel(chain.model(), chain.providers());
    }

    /**
     * @param publisher the application's event publisher
     * @return the listener that publishes the engine's notices as application events
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "interview4j.events", name = "enabled", matchIfMissing = true)
    public InterviewEventPublisher interview4jEventPublisher(ApplicationEventPublisher publisher) {
        return new InterviewEventPublisher(publisher);
    }

    /**
     * @param properties the settings
     * @param store the session store
     * @param bank the question bank
     * @param model the language model, if any (none: offline); one the application declares is observed whole
     * @param costs the prices, if any
     * @param listeners every {@link InterviewListener} bean, in order
     * @param observers every {@link ModelCallObserver} bean, for a model the application declares
     * @param executor the engine's executor
     * @return the engine
     * @throws InvalidInputException naming the property when the budget cannot be set as configured
     */
    @Bean
    @ConditionalOnMissingBean
    public InterviewEngine interviewEngine(Interview4jProperties properties, SessionStore store, QuestionBank bank,
                                           ObjectProvider<LanguageModel> model, ObjectProvider<CostEstimator> costs,
                                           ObjectProvider<InterviewListener> listeners,
                                           ObjectProvider<ModelCallObserver> observers,
                                           @Qualifier("interview4jExecutor") Executor executor) {
        CostEstimator estimator = costs.getIfUnique();
        InterviewEngineBuilder builder = InterviewEngine.builder().sessionStore(store).questionBank(bank)
                .costEstimator(estimator).turnDeadline(properties.getTurnDeadline())
                .listeners(listeners.orderedStream().toList()).executor(executor)
                .modelFeedback(properties.isModelFeedback());
        if (!properties.isGenerateQuestions()) {
            builder.questionWriter(null);
        }
        LanguageModel m = model.getIfUnique();
        if (m != null) {
            builder.languageModel(m instanceof ConfiguredLanguageModel ? m
                    : new ObservedLanguageModel(m, m.provider(), observers.orderedStream().toList()));
        } else {
            LOG.info("interview4j: no language model configured; answers are scored offline");
        }
        SessionBudget budget = budget(properties.getBudget(), estimator);
        if (budget != null) {
            builder.sessionBudget(budget);
        }
        return builder.build();
    }

    private static SessionBudget budget(Interview4jProperties.Budget b, CostEstimator estimator) {
        if (b.getTokens() != null && b.getCost() != null) {
            throw new InvalidInputException("interview4j.budget.tokens and interview4j.budget.cost are both set; set one");
        }
        if (b.getTokens() != null) {
            return SessionBudget.tokens(b.getTokens());
        }
        if (b.getCost() != null) {
            if (estimator == null) {
                throw new InvalidInputException("interview4j.budget.cost needs prices, but interview4j.costs.enabled is"
                        + " false and the application declares no CostEstimator");
            }
            return SessionBudget.cost(b.getCost(), estimator);
        }
        return null;
    }
}
