package dev.annexkit.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small loyalty-checkout service: members enrol, see what a cart would earn, book orders and spend points on
 * rewards. The AnnexKit starter builds its {@code AnnexCloudClient} from {@code application.yml}.
 */
@SpringBootApplication
public class LoyaltyCheckoutApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoyaltyCheckoutApplication.class, args);
    }
}
