package uk.nhs.workforce.awards.round;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RoundSettings.class)
class RoundConfiguration {
}
