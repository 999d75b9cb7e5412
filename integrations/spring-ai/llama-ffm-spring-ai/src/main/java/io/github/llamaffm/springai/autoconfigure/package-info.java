/**
 * Spring Boot auto-configuration of the llama-ffm Spring AI models from
 * {@code spring.ai.llamaffm.*} properties (see {@link io.github.llamaffm.springai.autoconfigure.LlamaFfmAutoConfiguration}).
 */
package io.github.llamaffm.springai.autoconfigure;
